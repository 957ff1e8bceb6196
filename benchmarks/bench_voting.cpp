// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18, item 7: 30 phones vote at once on loopback; how long from a phone sending its vote
// to the facilitator's count showing it (budget: 50 ms at the 95th percentile), and how much
// memory the workbench's side uses while it serves.
//
// Two processes, so the memory figure is the serving side's alone and the phones' work does not
// sit in the server's event loop: this program serves (a document, a VotingRoom and the real
// net::VotingServer, as the window runs them) and starts itself again with --phones to be the
// room. Each phone has its own loopback address (127.0.0.10 upwards: Linux routes all of
// 127/8 to lo), as phones on a hotspot each have their own, so the per-address rate limit
// applies as it does in a room. Both processes read CLOCK_MONOTONIC (steady_clock), which is
// one clock for the whole machine: the phone stamps the moment it writes its vote, the server
// the moment its roomChanged handler sees that voter counted, and the difference is the figure.
//
// Each round: the server opens a statement and tells the phones; each phone fetches the state
// (for the ballot, as the page does), then all 30 send their vote together; the server reveals
// and agrees once every vote is counted. Every vote is written durably (one transaction with
// fsync) before it is counted, as in the window.
#include "benchsupport.h"

#include "framework/frameworkcatalog.h"
#include "storage/document.h"
#include "votingserver.h"
#include "workshop/votingroom.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <map>
#include <memory>

using namespace wgll;
using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int Phones = 30;
constexpr int Rounds = 20;
constexpr double BudgetMs = 50;

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// A line of /proc/self/status in KiB ("VmRSS", "VmHWM").
qint64 statusKiB(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(line.indexOf(':') + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// ---- the phones (the child process) -------------------------------------------------------

/// One phone: a keep-alive HTTP/1.1 connection from its own address, one request at a time.
class Phone : public QObject
{
public:
    Phone(int index, quint16 port, QByteArray base) : m_index(index), m_base(std::move(base))
    {
        m_socket.bind(QHostAddress(quint32(0x7f00000a + index)));
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, this, [this] { read(); });
    }

    /// Sends a request; `done` gets the response body (or dies on anything but 200).
    void send(const QByteArray &method, const QByteArray &path, const QByteArray &body,
              std::function<void(const QJsonObject &)> done)
    {
        m_done = std::move(done);
        QByteArray request = method + ' ' + m_base + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: bench-phone\r\n";
        if (!m_csrf.isEmpty())
            request += "X-WGLL-CSRF: " + m_csrf + "\r\n";
        if (!m_token.isEmpty())
            request += "X-WGLL-Token: " + m_token + "\r\n";
        if (method == "POST")
            request += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
        request += "\r\n" + body;
        m_reply.clear();
        m_socket.write(request); // buffered until connected, then sent as soon as the loop runs
    }

    int index() const { return m_index; }
    QByteArray m_csrf, m_token;

private:
    void read()
    {
        m_reply += m_socket.readAll();
        const qsizetype end = m_reply.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = m_reply.left(end).toLower();
        const qsizetype at = head.indexOf("content-length: ");
        const qsizetype length = at < 0 ? 0 : head.mid(at + 16, head.indexOf("\r\n", at) - at - 16).trimmed().toLongLong();
        if (m_reply.size() < end + 4 + length)
            return;
        if (!head.startsWith("http/1.1 200"))
            bench::die(u"phone %1: %2"_s.arg(m_index).arg(QString::fromUtf8(m_reply.left(200))));
        const QJsonObject body = QJsonDocument::fromJson(m_reply.mid(end + 4, length)).object();
        m_reply.remove(0, end + 4 + length);
        if (m_done)
            std::exchange(m_done, {})(body);
    }

    int m_index;
    QByteArray m_base;
    QTcpSocket m_socket;
    QByteArray m_reply;
    std::function<void(const QJsonObject &)> m_done;
};

/// The room: claims a name per phone, then on each "vote N" line from the server fetches the
/// state and sends every vote at once, printing "sent PHONE ROUND NS" for each and "done ROUND"
/// when all were answered.
int runPhones(quint16 port, const QByteArray &base)
{
    std::vector<std::unique_ptr<Phone>> phones;
    int pending = Phones;
    for (int i = 0; i < Phones; ++i) {
        phones.push_back(std::make_unique<Phone>(i, port, base));
        Phone *p = phones.back().get();
        p->send("GET", "state", {}, [p, &pending](const QJsonObject &state) {
            p->m_csrf = state.value(u"csrf"_s).toString().toLatin1();
            const QByteArray name = QJsonDocument(QJsonObject{{u"name"_s, u"Phone %1"_s.arg(p->index() + 1, 2, 10, QChar(u'0'))}}).toJson(QJsonDocument::Compact);
            p->send("POST", "claim", name, [p, &pending](const QJsonObject &claimed) {
                p->m_token = claimed.value(u"token"_s).toString().toLatin1();
                if (--pending == 0) {
                    std::printf("claimed\n");
                    std::fflush(stdout);
                }
            });
        });
    }
    QSocketNotifier input(0, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, [&] {
        char line[64] = {};
        if (!std::fgets(line, sizeof line, stdin))
            QCoreApplication::exit(0);
        const int round = QByteArray(line).trimmed().split(' ').last().toInt();
        auto ready = std::make_shared<int>(0);
        auto answered = std::make_shared<int>(0);
        auto ballots = std::make_shared<std::map<int, QByteArray>>();
        for (auto &phone : phones) {
            Phone *p = phone.get();
            p->send("GET", "state", {}, [&, p, round, ready, answered, ballots](const QJsonObject &state) {
                (*ballots)[p->index()] = state.value(u"ballot"_s).toString().toLatin1();
                if (++*ready < Phones)
                    return;
                // Every phone has the ballot: all vote together.
                for (auto &each : phones) {
                    Phone *q = each.get();
                    const QByteArray vote = R"({"ballot":")" + (*ballots)[q->index()] + R"(","level":)" +
                                            QByteArray::number(1 + (q->index() + round) % 5) + '}';
                    std::printf("sent %d %d %lld\n", q->index(), round, static_cast<long long>(nowNs()));
                    q->send("POST", "vote", vote, [round, answered](const QJsonObject &) {
                        if (++*answered == Phones) {
                            std::printf("done %d\n", round);
                            std::fflush(stdout);
                        }
                    });
                }
                std::fflush(stdout);
            });
        }
    });
    return QCoreApplication::exec();
}

// ---- the server (this process) ----------------------------------------------------------

struct Counted
{
    QHash<QString, qint64> at; ///< "PHONE ROUND" -> when the facilitator's count showed it
};

int runServer()
{
    QTemporaryDir dir;
    const FrameworkCatalog catalog = FrameworkCatalog::load({});
    const Framework &framework = catalog.find(u"wgll-org"_s)->framework;
    AssessmentInfo info;
    info.organisation = u"Bench Trust"_s;
    info.period = u"2026/27"_s;
    Error error;
    std::unique_ptr<storage::Document> doc =
        take(storage::Document::create(dir.filePath(u"bench.wgll"_s), framework, info, dir.filePath(u"work"_s)), error);
    if (!doc)
        bench::die(error.message);
    QStringList names;
    for (int i = 1; i <= Phones; ++i)
        names.append(u"Phone %1"_s.arg(i, 2, 10, QChar(u'0')));
    std::optional<workshop::VotingRoom> room = take(workshop::VotingRoom::start(*doc, u"Bench"_s, {}, names), error);
    if (!room)
        bench::die(error.message);
    const qint64 rssBefore = statusKiB("VmRSS");
    net::VotingServer server(*room);
    const Result<quint16> port = server.start(QHostAddress::LocalHost, 0);
    if (!port)
        bench::die(port.error().message);
    // As the window and the host serve it: the page's link kept in the file, so each claim also
    // writes its token's digest.
    if (const Status kept = room->keepLink(u"127.0.0.1"_s, *port); !kept)
        bench::die(kept.error().message);

    QStringList statements;
    for (const Measure &m : framework.measures)
        for (const Indicator &i : m.indicators)
            statements.append(i.id);

    Counted counted;
    int round = 0;
    QStringList waiting = names;
    QObject::connect(&server, &net::VotingServer::roomChanged, [&] {
        const qint64 t = nowNs();
        const QStringList still = room->count().waiting;
        for (const QString &name : std::as_const(waiting))
            if (room->phase() == workshop::VotingRoom::Phase::Voting && !still.contains(name))
                counted.at.insert(QString::number(names.indexOf(name)) + u' ' + QString::number(round), t);
        waiting = still;
    });

    QProcess phones;
    phones.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QHash<QString, qint64> sent;
    qint64 rssPeak = 0;
    auto openNext = [&] {
        if (round == Rounds) {
            phones.closeWriteChannel();
            return;
        }
        ++round;
        if (!room->open(statements.at(round - 1)))
            bench::die(u"cannot open a round"_s);
        waiting = room->count().waiting;
        phones.write("vote " + QByteArray::number(round) + '\n');
    };
    QObject::connect(&phones, &QProcess::readyReadStandardOutput, [&] {
        while (phones.canReadLine()) {
            const QList<QByteArray> words = phones.readLine().trimmed().split(' ');
            if (words.first() == "claimed") {
                openNext();
            } else if (words.first() == "sent") {
                sent.insert(QString::fromLatin1(words[1] + ' ' + words[2]), words[3].toLongLong());
            } else if (words.first() == "done") {
                if (room->count().voted != Phones)
                    bench::die(u"round %1: %2 of %3 counted"_s.arg(round).arg(room->count().voted).arg(Phones));
                rssPeak = std::max(rssPeak, statusKiB("VmRSS"));
                if (!room->reveal() || !room->agree(3, u"bench"_s))
                    bench::die(u"cannot reveal and agree"_s);
                // A real round lasts minutes, and a phone polls once a second: a second between
                // rounds keeps each phone within the per-address rate limit, as in a room.
                QTimer::singleShot(1000, openNext);
            }
        }
    });
    QObject::connect(&phones, &QProcess::finished, [] { QCoreApplication::quit(); });
    // A benchmark that stalls says so rather than hanging: the whole run takes about Rounds s.
    QTimer::singleShot(std::chrono::seconds(Rounds * 4 + 30), [&] {
        bench::die(u"stalled in round %1 (%2 of %3 counted)"_s.arg(round).arg(room->count().voted).arg(Phones));
    });
    phones.start(QCoreApplication::applicationFilePath(),
                 {u"--phones"_s, QString::number(*port), QString::fromLatin1(server.api().joinPath())});
    QCoreApplication::exec();

    bench::Samples latency;
    for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
        if (!counted.at.contains(it.key()))
            bench::die(u"vote %1 was never counted"_s.arg(it.key()));
        latency.ms.append(static_cast<double>(counted.at.value(it.key()) - it.value()) / 1e6);
    }
    if (latency.ms.size() != Phones * Rounds)
        bench::die(u"%1 votes measured, %2 expected"_s.arg(latency.ms.size()).arg(Phones * Rounds));
    std::printf("%d phones, %d rounds, each vote written durably before it is counted\n\n", Phones, Rounds);
    std::printf("| what | n | median ms | p95 ms | p99 ms | budget | within |\n|---|---|---|---|---|---|---|\n");
    const bool within = latency.percentile(0.95) <= BudgetMs;
    std::printf("| vote sent to facilitator's count | %lld | %.2f | %.2f | %.2f | p95 ≤ %.0f ms | %s |\n",
                static_cast<long long>(latency.ms.size()), latency.median(), latency.percentile(0.95),
                latency.percentile(0.99), BudgetMs, within ? "yes" : "**NO**");
    std::printf("\nserving side: RSS %lld KiB before the server started, %lld KiB at most while serving "
                "(+%lld KiB); peak of the process %lld KiB\n",
                static_cast<long long>(rssBefore), static_cast<long long>(rssPeak),
                static_cast<long long>(rssPeak - rssBefore), static_cast<long long>(statusKiB("VmHWM")));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"wgll-bench-voting"_s);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == u"--phones")
        return runPhones(static_cast<quint16>(args.at(2).toUInt()), args.at(3).toLatin1());
    return runServer();
}
