#pragma once
// The inverse of a vocabulary's name function (wsOpName, jobKindName, sessionName, …), whose
// names live in one switch each: the one loop they all share.
#include <QString>
#include <QStringView>
#include <optional>

namespace cybos {

// all: every value (an array or an initializer list); name: Enum → QString.
template <typename Enum, typename Values, typename Name>
std::optional<Enum> enumFromName(const Values &all, Name name, QStringView text)
{
    for (Enum value : all) {
        if (text == name(value))
            return value;
    }
    return std::nullopt;
}

} // namespace cybos
