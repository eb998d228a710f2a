#include "quotejsoncache.h"
#include "core/domain/domainjson.h"

namespace cybos {
namespace {
constexpr QByteArrayView kAgeKey = ",\"age_ms\":";
}

QByteArray QuoteJsonCache::json(const Quote &quote, qint64 revision)
{
    Entry &entry = m_entries[quote.code];
    if (entry.revision != revision || entry.head.isEmpty()) {
        QByteArray full = DomainJson::toJson(quote);
        const qsizetype at = full.lastIndexOf(kAgeKey);
        if (at < 0) // not the shape this cache knows: serve it whole, keep nothing
            return full;
        entry.head = full.left(at);
        entry.revision = revision;
    }
    QByteArray out;
    out.reserve(entry.head.size() + kAgeKey.size() + 24);
    out.append(entry.head).append(kAgeKey).append(QByteArray::number(quote.ageMs)).append('}');
    return out;
}

} // namespace cybos
