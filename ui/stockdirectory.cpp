#include "stockdirectory.h"
#include "core/domain/stockcode.h"
#include <QStringListModel>

namespace cybos {

StockDirectory::StockDirectory(StockListProvider provider, QObject *parent)
    : QObject(parent), m_provider(std::move(provider)), m_completions(new QStringListModel(this))
{
}

void StockDirectory::ensureLoaded() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_names.clear();
    m_byName.clear();
    QStringList lines;
    if (m_provider) {
        const auto list = m_provider();
        lines.reserve(list.size());
        for (const auto &[code, name] : list) {
            m_names.insert(code, name);
            m_byName.insert(name, code);
            lines << code + u' ' + name;
        }
    }
    m_completions->setStringList(lines);
}

void StockDirectory::reload()
{
    m_loaded = false;
    ensureLoaded();
    Q_EMIT reloaded();
}

QString StockDirectory::name(const QString &code) const
{
    ensureLoaded();
    return m_names.value(code);
}

std::optional<QString> StockDirectory::resolve(const QString &text) const
{
    ensureLoaded();
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (auto code = StockCode::normalize(t.section(u' ', 0, 0)))
        return code.value();
    auto it = m_byName.constFind(t);
    if (it != m_byName.cend())
        return *it;
    // Case-insensitive name match (English names of ETFs, "naver" for NAVER).
    for (auto n = m_byName.cbegin(); n != m_byName.cend(); ++n) {
        if (n.key().compare(t, Qt::CaseInsensitive) == 0)
            return n.value();
    }
    return std::nullopt;
}

QStringListModel *StockDirectory::completions() const
{
    ensureLoaded();
    return m_completions;
}

int StockDirectory::size() const
{
    ensureLoaded();
    return int(m_names.size());
}

} // namespace cybos
