// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace wgll::test {

QString sourceDir()
{
    return QStringLiteral(WGLL_SOURCE_DIR);
}

QString seedFile()
{
    const QString path = sourceDir() + u"/../shared/seeds/003_046a3c6bfea5deb7.txt";
    return QFileInfo::exists(path) ? path : QString();
}

QByteArray readAll(const QString &fileName)
{
    QFile f(fileName);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString &fileName, const QByteArray &bytes)
{
    QFile f(fileName);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QProcessEnvironment programEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + u"/data");
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + u"/config");
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + u"/cache");
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("WGLL_FRAMEWORK_PATH"));
    // Text output follows COLUMNS; a developer's exported COLUMNS must not change a result.
    env.remove(QStringLiteral("COLUMNS"));
    return env;
}

Run runProgram(const QString &program, const QStringList &args, const QString &home,
               const QProcessEnvironment &extra, const QStringList &unset, const QString &workingDir)
{
    QProcess p;
    QProcessEnvironment env = programEnvironment(home);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    for (const QString &key : unset)
        env.remove(key);
    p.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, args);
    REQUIRE(p.waitForStarted(10000));
    const bool finished = p.waitForFinished(120000);
    if (!finished)
        p.kill();
    REQUIRE(finished);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString poppler(const QString &program, const QStringList &args, const QString &home)
{
    INFO(program.toStdString() << " is missing: install poppler-utils");
    REQUIRE_FALSE(QStandardPaths::findExecutable(program).isEmpty());
    const Run run = runProgram(program, args, home);
    INFO(program.toStdString() << ": " << run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    return run.out;
}

} // namespace wgll::test
