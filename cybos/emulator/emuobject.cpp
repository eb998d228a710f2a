#include "emuobject.h"
#include "core/domain/limits.h"
#include "core/log/categories.h"
#include "emucontext.h"

namespace cybos::emu {
namespace {
enum class Dib { None, SetInput, GetInput, Header, Data, Status, Msg1, Msg2 };

Dib dibMethod(const QString &name)
{
    static const QHash<QString, Dib> methods{
        {QStringLiteral("setinputvalue"), Dib::SetInput}, {QStringLiteral("getinputvalue"), Dib::GetInput},
        {QStringLiteral("getheadervalue"), Dib::Header},  {QStringLiteral("getdatavalue"), Dib::Data},
        {QStringLiteral("getdibstatus"), Dib::Status},    {QStringLiteral("getdibmsg1"), Dib::Msg1},
        {QStringLiteral("getdibmsg2"), Dib::Msg2},
    };
    // The hot path (GetHeaderValue per tick) is spelled as documented: try it before lowering.
    if (name == u"GetHeaderValue")
        return Dib::Header;
    if (name == u"GetDataValue")
        return Dib::Data;
    return methods.value(name.toLower(), Dib::None);
}

int intArg(const QVariantList &args, int i)
{
    return i < args.size() ? args[i].toInt() : 0;
}
} // namespace

EmuObject::EmuObject(const QString &progId, EmuContext *context, bool dib)
    : m_progId(progId), m_context(context), m_dib(dib), m_epoch(context ? context->link.epoch() : 0)
{
}

EmuContext *EmuObject::context() const
{
    return m_context.data();
}

bool EmuObject::isDead() const
{
    return !m_context || m_context->link.epoch() != m_epoch;
}

bool EmuObject::diedInLastOutage() const
{
    return m_context && m_context->link.epoch() == m_epoch + 1;
}

bool EmuObject::is(const QString &name, const char *expected)
{
    return name.compare(QLatin1String(expected), Qt::CaseInsensitive) == 0;
}

QVariant EmuObject::call(const QString &method, const QVariantList &args)
{
    QVariant result;
    if (isDead()) {
        qCWarning(lcEmulator) << m_progId << method << "called on an object from before the disconnect";
        return {};
    }
    if (m_dib && dibCall(method, args, result))
        return result;
    if (invoke(method, args, result))
        return result;
    if (args.isEmpty() && readProperty(method, result)) // dynamicCall("IsConnect") reads it
        return result;
    qCWarning(lcEmulator) << m_progId << "has no method" << method;
    return {};
}

QVariant EmuObject::getProperty(const QString &name)
{
    QVariant result;
    if (isDead()) {
        qCWarning(lcEmulator) << m_progId << name << "read on an object from before the disconnect";
        return {};
    }
    if (readProperty(name, result))
        return result;
    qCWarning(lcEmulator) << m_progId << "has no property" << name;
    return {};
}

bool EmuObject::dibCall(const QString &method, const QVariantList &args, QVariant &result)
{
    switch (dibMethod(method)) {
    case Dib::None: return false;
    case Dib::SetInput:
        m_inputs.insert(intArg(args, 0), args.value(1));
        inputChanged(intArg(args, 0));
        return true;
    case Dib::GetInput: result = m_inputs.value(intArg(args, 0)); return true;
    case Dib::Header: result = headerValue(intArg(args, 0)); return true;
    case Dib::Data: result = dataValue(intArg(args, 0), intArg(args, 1)); return true;
    case Dib::Status: result = m_status; return true;
    case Dib::Msg1: result = m_message; return true;
    case Dib::Msg2: result = QString(); return true;
    }
    return false;
}

bool EmuObject::invoke(const QString &, const QVariantList &, QVariant &)
{
    return false;
}

bool EmuObject::readProperty(const QString &, QVariant &)
{
    return false;
}

QVariant EmuObject::headerValue(int) const
{
    return {};
}

QVariant EmuObject::dataValue(int, int) const
{
    return {};
}

void EmuObject::inputChanged(int) {}

void EmuObject::setStatus(int status, const QString &message)
{
    m_status = status;
    m_message = message;
}

namespace msg {
QString ok() { return QStringLiteral("정상 처리되었습니다."); }
QString linkDown() { return QStringLiteral("통신 연결이 끊어졌습니다."); }
QString requestFailed() { return QStringLiteral("통신 요청에 실패했습니다."); }
QString badInput(const QString &what) { return QStringLiteral("입력값 오류: ") + what; }
QString unknownCode(const QString &code) { return QStringLiteral("종목코드를 확인하십시오: ") + code; }
QString subscribeLimit() { return QStringLiteral("실시간 조회 한도(%1건)를 초과했습니다.").arg(kMaxSubscriptions); }
QString waiting() { return QStringLiteral("조회 중입니다."); }
} // namespace msg

} // namespace cybos::emu
