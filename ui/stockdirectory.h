#pragma once
// The listed codes for the UI: the grid's and the tape's name column, the add box's
// completions and the grid filter, which find codes through core's StockMatcher (code,
// Korean or English name, initial consonants). Loaded from the provider on first use and
// again after a code sync.
#include "uicontext.h"
#include <QHash>
#include <QObject>
#include <optional>

namespace cybos {

class StockDirectory : public QObject
{
    Q_OBJECT
public:
    explicit StockDirectory(StockListProvider provider, QObject *parent = nullptr);

    QString name(const QString &code) const;
    const Stock *stock(const QString &code) const;   // null for a code not listed
    // The listed codes matching what was typed, best first, at most `limit`.
    StockList search(const QString &text, int limit) const;
    // A code typed or completed: "005930", "A005930", "005930 삼성전자", or the best match of
    // a name or initials ("ㅅㅅㅈㅈ").
    std::optional<QString> resolve(const QString &text) const;
    int size() const;

    static QString completionLine(const Stock &stock);   // "005930 삼성전자"

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void reloaded();

private:
    void ensureLoaded() const;

    StockListProvider m_provider;
    mutable bool m_loaded = false;
    mutable StockList m_stocks;
    mutable QHash<QString, qsizetype> m_byCode;   // code → index in m_stocks
};

} // namespace cybos
