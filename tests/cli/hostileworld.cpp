// SPDX-License-Identifier: GPL-3.0-or-later
#include "hostileworld.h"

#include <QProcess>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/mount.h>
#include <unistd.h>

namespace wgll::test {

QString assessmentWithEvidence(const Cli &cli, const QString &name, const QString &organisation, const QString &period)
{
    const QString file = cli.path(name + u".wgll");
    const Run created = cli({QStringLiteral("new"), file, QStringLiteral("--framework"), QStringLiteral("wgll-org"),
                             QStringLiteral("--organisation"), organisation, QStringLiteral("--period"), period});
    INFO(created.err.toStdString());
    REQUIRE(created.exitCode == 0);
    writeAll(cli.path(name + u".csv"), "indicator,score,target,weight,note\n1.1,2,,,\n2.1,1,5,3,\n3.1,5,,,\n");
    REQUIRE(cli({QStringLiteral("import"), file, cli.path(name + u".csv")}).exitCode == 0);
    QByteArray payload;
    for (int i = 0; i < 300000; ++i)
        payload.append(static_cast<char>(i % 251));
    writeAll(cli.path(name + u".pdf"), payload);
    REQUIRE(cli({QStringLiteral("evidence"), QStringLiteral("add"), file, QStringLiteral("1.1"), cli.path(name + u".pdf")})
                .exitCode == 0);
    return file;
}

QStringList entriesOf(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

TinyTmpfs::TinyTmpfs(const QString &where, int kiB, bool readOnly) : folder(where)
{
    QDir().mkpath(folder);
    const QByteArray options = "size=" + QByteArray::number(kiB) + 'k';
    mounted = ::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", readOnly ? MS_RDONLY : 0,
                      options.constData()) == 0;
}

TinyTmpfs::~TinyTmpfs()
{
    if (mounted)
        ::umount2(QFile::encodeName(folder).constData(), MNT_DETACH);
}

FifoFeeder::FifoFeeder(const QString &path, QByteArray head, bool endless) : m_path(QFile::encodeName(path))
{
    // A reader that goes away must make write() fail with EPIPE, not kill the test program.
    std::signal(SIGPIPE, SIG_IGN);
    m_thread = std::thread([this, head = std::move(head), endless] {
        const int fd = ::open(m_path.constData(), O_WRONLY | O_CLOEXEC);
        if (fd >= 0) {
            auto put = [&](const QByteArray &bytes) {
                for (qsizetype at = 0; at < bytes.size() && !m_stop;) {
                    const ssize_t n = ::write(fd, bytes.constData() + at, static_cast<size_t>(bytes.size() - at));
                    if (n < 0 && errno == EINTR)
                        continue;
                    if (n <= 0)
                        return false;
                    at += n;
                    m_written += n;
                }
                return !m_stop;
            };
            QByteArray yes;
            for (int i = 0; i < 32768; ++i)
                yes.append("y\n");
            if (put(head) && endless)
                while (put(yes)) {
                }
            ::close(fd);
        }
        m_done = true;
    });
}

FifoFeeder::~FifoFeeder()
{
    m_stop = true;
    // The writer may still wait in open() (no reader came) or in write() (a full pipe): be the
    // reader it waits for, and drain until it has seen the stop.
    const int fd = ::open(m_path.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    char sink[65536];
    while (!m_done) {
        if (fd < 0 || ::read(fd, sink, sizeof sink) <= 0)
            std::this_thread::yield();
    }
    m_thread.join();
    if (fd >= 0)
        ::close(fd);
}

bool terminalSafe(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7f && u < 0xa0) || (u >= 0x202a && u <= 0x202e) ||
            (u >= 0x2066 && u <= 0x2069))
            return false;
    }
    return true;
}

bool zipPartsWellFormed(const QString &zipFile, QString &why)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile, xml.etree.ElementTree as ET\n"
                                 "z = zipfile.ZipFile(sys.argv[1])\n"
                                 "parts = [n for n in z.namelist() if n.endswith(('.xml', '.rels'))]\n"
                                 "assert parts, 'no XML parts'\n"
                                 "for n in parts:\n"
                                 "    try:\n"
                                 "        ET.fromstring(z.read(n))\n"
                                 "    except ET.ParseError as e:\n"
                                 "        sys.exit(n + ': ' + str(e))\n"),
                  zipFile});
    REQUIRE(python.waitForFinished(60000));
    why = QString::fromUtf8(python.readAllStandardError());
    return python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0;
}

bool xmlWellFormed(const QString &file, QString &why)
{
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"),
                                             QStringLiteral("import sys, xml.etree.ElementTree as ET\n"
                                                            "ET.parse(sys.argv[1])\n"),
                                             file});
    REQUIRE(python.waitForFinished(60000));
    why = QString::fromUtf8(python.readAllStandardError());
    return python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0;
}

} // namespace wgll::test
