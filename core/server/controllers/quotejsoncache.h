#pragma once
// The JSON of realtime quotes, kept per code until the quote changes: a code polled by many
// clients is serialised once per change instead of once per request, and only age_ms (the
// last field) is written per request. Server thread only.
#include "core/domain/quote.h"
#include <QByteArray>
#include <QHash>

namespace cybos {

class QuoteJsonCache
{
public:
    // The quote's JSON, as DomainJson::toJson writes it; revision as QuoteCache::latest gives it.
    QByteArray json(const Quote &quote, qint64 revision);

private:
    struct Entry {
        qint64 revision = -1;
        QByteArray head;      // the JSON up to ,"age_ms":
    };
    QHash<QString, Entry> m_entries;
};

} // namespace cybos
