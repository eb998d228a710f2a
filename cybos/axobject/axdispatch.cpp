#include "axdispatch.h"
#include <QAxObject>

namespace cybos {

AxComObject::AxComObject(const QString &progId, QAxObject *object)
    : m_progId(progId), m_object(object)
{
    m_object->setParent(this);
    // COM events have no C++ member signal; ActiveQt emits the generic signal(name, argc, argv)
    // for every event, which is the only pointer-to-member form (../shared/activeqt.md §2).
    connect(m_object, &QAxObject::signal, this, &AxComObject::onSignal);
}

AxComObject::~AxComObject() = default;

void AxComObject::onSignal(const QString &name, int argc, void *argv)
{
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    if (name.startsWith(QStringLiteral("Received(")))
        Q_EMIT received();
    else if (name.startsWith(QStringLiteral("OnDisconnect(")))
        Q_EMIT disconnected();
}

QVariant AxComObject::call(const QString &method, const QVariantList &args)
{
    // "Method(QVariant,QVariant,...)": QVariant means no coercion, so each argument keeps the
    // VT of its value (int → VT_I4, QString → BSTR, QVariantList → SAFEARRAY of VARIANT).
    QString signature = method + u'(';
    for (qsizetype i = 0; i < args.size(); ++i)
        signature += (i ? QStringLiteral(",QVariant") : QStringLiteral("QVariant"));
    signature += u')';
    QList<QVariant> vars = args; // the list overload needs an lvalue and allows > 8 arguments
    const QByteArray sig = signature.toLatin1();
    if (vars.isEmpty())
        return m_object->dynamicCall(sig.constData());
    return m_object->dynamicCall(sig.constData(), vars);
}

QVariant AxComObject::getProperty(const QString &name)
{
    // A name without parentheses reads the property.
    return m_object->dynamicCall(name.toLatin1().constData());
}

std::unique_ptr<ComObject> AxDispatch::create(const QString &progId)
{
    auto *object = new QAxObject();
    if (!object->setControl(progId) || object->isNull()) {
        delete object;
        return nullptr;
    }
    return std::make_unique<AxComObject>(progId, object);
}

} // namespace cybos
