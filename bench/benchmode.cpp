#include "benchmode.h"
#include <QCoreApplication>
#include <QFileInfo>

namespace cybos::bench {

namespace {
QList<Mode> &registry()
{
    static QList<Mode> list;
    return list;
}
} // namespace

bool registerMode(const Mode &mode)
{
    registry().append(mode);
    return true;
}

const QList<Mode> &modes()
{
    return registry();
}

QString defaultServerBin()
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/cybos-server");
    return QFileInfo(beside).isExecutable() ? beside : QStringLiteral(CYBOS_BUILT_SERVER);
}

QString Args::value(const QString &name, const QString &fallback) const
{
    const qsizetype i = m_args.indexOf(name);
    return i >= 0 && i + 1 < m_args.size() ? m_args.at(i + 1) : fallback;
}

double Args::number(const QString &name, double fallback, bool *ok) const
{
    if (!has(name))
        return fallback;
    bool parsed = false;
    const double v = value(name).toDouble(&parsed);
    if (!parsed)
        *ok = false;
    return parsed ? v : fallback;
}

QStringList Args::unknown(const QStringList &known) const
{
    QStringList out;
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (!known.contains(m_args.at(i)))
            out << m_args.at(i);
        else
            ++i; // skip its value
    }
    return out;
}

} // namespace cybos::bench
