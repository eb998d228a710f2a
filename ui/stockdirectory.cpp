#include "stockdirectory.h"
#include "core/domain/stockcode.h"
#include "core/search/stockmatcher.h"

namespace cybos {

StockDirectory::StockDirectory(StockListProvider provider, QObject *parent)
    : QObject(parent), m_provider(std::move(provider))
{
}

void StockDirectory::ensureLoaded() const
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_stocks = m_provider ? m_provider() : StockList();
    m_byCode.clear();
    for (qsizetype i = 0; i < m_stocks.size(); ++i)
        m_byCode.insert(m_stocks.at(i).code, i);
}

void StockDirectory::reload()
{
    m_loaded = false;
    ensureLoaded();
    Q_EMIT reloaded();
}

const Stock *StockDirectory::stock(const QString &code) const
{
    ensureLoaded();
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? nullptr : &m_stocks.at(*it);
}

QString StockDirectory::name(const QString &code) const
{
    const Stock *s = stock(code);
    return s ? s->name : QString();
}

StockList StockDirectory::search(const QString &text, int limit) const
{
    ensureLoaded();
    return StockMatcher(text).rank(m_stocks).mid(0, limit);
}

std::optional<QString> StockDirectory::resolve(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    if (auto code = StockCode::normalize(t.section(u' ', 0, 0)))
        return code.value();
    const StockList best = search(t, 1);
    if (best.isEmpty())
        return std::nullopt;
    return best.first().code;
}

int StockDirectory::size() const
{
    ensureLoaded();
    return int(m_stocks.size());
}

QString StockDirectory::completionLine(const Stock &stock)
{
    return stock.code + u' ' + stock.name;
}

} // namespace cybos
