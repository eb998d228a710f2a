#pragma once
// Code ↔ name lookups for the UI: the grid's and the tape's name column, and the completer of
// the "add a code" field ("005930 삼성전자", matched anywhere, any case). Loaded from the
// provider on first use and again after a code sync.
#include "uicontext.h"
#include <QHash>
#include <QObject>
#include <optional>

class QStringListModel;

namespace cybos {

class StockDirectory : public QObject
{
    Q_OBJECT
public:
    explicit StockDirectory(StockListProvider provider, QObject *parent = nullptr);

    QString name(const QString &code) const;
    // A code typed or completed: "005930", "A005930", "005930 삼성전자" or an exact name.
    std::optional<QString> resolve(const QString &text) const;
    QStringListModel *completions() const;
    int size() const;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void reloaded();

private:
    void ensureLoaded() const;

    StockListProvider m_provider;
    mutable bool m_loaded = false;
    mutable QHash<QString, QString> m_names;   // code → name
    mutable QHash<QString, QString> m_byName;  // exact name → code
    QStringListModel *m_completions;
};

} // namespace cybos
