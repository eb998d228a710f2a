#pragma once
// The Windows implementation of the dispatch interface on ActiveQt's QAxObject. Every object
// lives on the thread that created it (the GUI/STA thread). Compiled on Windows; on Linux it
// is only type-checked against stand-in/QAxObject.
#include "cybos/dispatch/comobject.h"

class QAxObject;

namespace cybos {

class AxComObject : public ComObject
{
    Q_OBJECT
public:
    AxComObject(const QString &progId, QAxObject *object);
    ~AxComObject() override;

    QString progId() const override { return m_progId; }
    QVariant call(const QString &method, const QVariantList &args) override;
    QVariant getProperty(const QString &name) override;

private:
    void onSignal(const QString &name, int argc, void *argv);

    QString m_progId;
    QAxObject *m_object; // owned (child of this)
};

class AxDispatch : public ComDispatch
{
public:
    std::unique_ptr<ComObject> create(const QString &progId) override;
};

} // namespace cybos
