#include "logfile.h"
#include "core/domain/ksttime.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <cstdio>

namespace cybos::LogFile {
namespace {
QMutex g_mutex;
QFile *g_file = nullptr;
QtMsgType g_min = QtInfoMsg;

int rank(QtMsgType t)
{
    switch (t) {
    case QtDebugMsg: return 0;
    case QtInfoMsg: return 1;
    case QtWarningMsg: return 2;
    case QtCriticalMsg: return 3;
    case QtFatalMsg: return 4;
    }
    return 1;
}

const char *tag(QtMsgType t)
{
    static const char *tags[] = {"debug", "info", "warning", "error", "fatal"};
    return tags[rank(t)];
}

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    if (rank(type) < rank(g_min))
        return;
    const QByteArray line = (Kst::toIso(Kst::nowMs()) + u' ' + QString::fromLatin1(tag(type)) + u' '
                             + QString::fromLatin1(ctx.category ? ctx.category : "default") + u": " + msg + u'\n')
                                .toUtf8();
    QMutexLocker lock(&g_mutex);
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    if (g_file) {
        g_file->write(line);
        g_file->flush();
    }
}
} // namespace

bool install(const QString &path, const QString &level)
{
    const QMap<QString, QtMsgType> levels{{QStringLiteral("debug"), QtDebugMsg}, {QStringLiteral("info"), QtInfoMsg},
                                          {QStringLiteral("warning"), QtWarningMsg}, {QStringLiteral("error"), QtCriticalMsg}};
    g_min = levels.value(level, QtInfoMsg);
    if (g_min == QtDebugMsg)
        QLoggingCategory::setFilterRules(QStringLiteral("cybos.*.debug=true"));
    qInstallMessageHandler(handler);
    if (path.isEmpty())
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto *file = new QFile(path);
    if (!file->open(QIODevice::Append | QIODevice::Text)) {
        delete file;
        return false;
    }
    QMutexLocker lock(&g_mutex);
    g_file = file;
    return true;
}

void uninstall()
{
    qInstallMessageHandler(nullptr);
    QMutexLocker lock(&g_mutex);
    delete g_file;
    g_file = nullptr;
}

} // namespace cybos::LogFile
