#pragma once
// Checks of a typed vocabulary (ErrorCode, WsOp, JobKind, JobState): its names against the
// OpenAPI document (resources/api/openapi.json) and against themselves.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace cybos::test {

// components.schemas of the OpenAPI document in the source tree ({} if unreadable).
inline QJsonObject openApiSchemas()
{
    QFile file(QStringLiteral(CYBOS_SOURCE_DIR "/resources/api/openapi.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject doc = QJsonDocument::fromJson(file.readAll()).object();
    return doc.value(QStringLiteral("components")).toObject().value(QStringLiteral("schemas")).toObject();
}

struct VocabularyNames {
    QSet<QString> names;
    QString problem;        // empty: every value named, names unique, fromName inverts name
};

template <typename Enum, typename Values, typename Name, typename FromName>
VocabularyNames checkVocabulary(const Values &all, Name name, FromName fromName)
{
    VocabularyNames out;
    for (Enum value : all) {
        const QString n = name(value);
        if (n.isEmpty() || out.names.contains(n) || fromName(n) != value)
            out.problem += QStringLiteral("value %1 has the name '%2' (empty, repeated or not inverted); ")
                               .arg(int(value)).arg(n);
        out.names.insert(n);
    }
    return out;
}

} // namespace cybos::test
