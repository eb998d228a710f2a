#pragma once
// A dispatch that hands out the emulator's objects behind a thin proxy recording what the
// adapter does with them: which objects it created (and, through QPointer, which it has
// released) and every method it called. For the adapter-on-emulator suites.
#include "cybos/dispatch/comobject.h"
#include <QPointer>
#include <QStringList>
#include <memory>

namespace cybos::test {

class RecordedObject : public ComObject
{
public:
    RecordedObject(std::unique_ptr<ComObject> inner, QStringList *calls)
        : m_inner(std::move(inner)), m_calls(calls)
    {
        connect(m_inner.get(), &ComObject::received, this, &ComObject::received);
        connect(m_inner.get(), &ComObject::disconnected, this, &ComObject::disconnected);
    }
    QString progId() const override { return m_inner->progId(); }
    QVariant call(const QString &method, const QVariantList &args) override
    {
        *m_calls << method;
        return m_inner->call(method, args);
    }
    QVariant getProperty(const QString &name) override { return m_inner->getProperty(name); }

private:
    std::unique_ptr<ComObject> m_inner;
    QStringList *m_calls;
};

class RecordingDispatch : public ComDispatch
{
public:
    explicit RecordingDispatch(ComDispatch &inner) : m_inner(inner) {}
    std::unique_ptr<ComObject> create(const QString &progId) override
    {
        std::unique_ptr<ComObject> inner = m_inner.create(progId);
        if (!inner)
            return nullptr;
        auto o = std::make_unique<RecordedObject>(std::move(inner), &calls);
        created << o.get();
        progIds << progId;
        return o;
    }
    // Objects of progId (any case, as COM resolves it) created from index `from` on.
    int createdSince(qsizetype from, const QString &progId) const
    {
        int n = 0;
        for (qsizetype i = from; i < progIds.size(); ++i)
            n += progIds.at(i).compare(progId, Qt::CaseInsensitive) == 0 ? 1 : 0;
        return n;
    }
    int alive(qsizetype upTo) const
    {
        int n = 0;
        for (qsizetype i = 0; i < upTo && i < created.size(); ++i)
            n += created.at(i) ? 1 : 0;
        return n;
    }

    QList<QPointer<ComObject>> created; // released objects become null
    QStringList progIds;
    QStringList calls;

private:
    ComDispatch &m_inner;
};

} // namespace cybos::test
