// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidenceopening.h"

#include "assessment/textrules.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

namespace wgll {

namespace {

// Extensions a desktop runs, installs or follows rather than shows (Windows, macOS, Linux).
const QSet<QString> &executableExtensions()
{
    static const QSet<QString> extensions{
        // Windows programs, installers, scripts and shortcuts
        QStringLiteral("exe"), QStringLiteral("com"), QStringLiteral("scr"), QStringLiteral("pif"),
        QStringLiteral("msi"), QStringLiteral("msp"), QStringLiteral("msix"), QStringLiteral("appx"),
        QStringLiteral("bat"), QStringLiteral("cmd"), QStringLiteral("ps1"), QStringLiteral("psm1"),
        QStringLiteral("vbs"), QStringLiteral("vbe"), QStringLiteral("js"), QStringLiteral("jse"),
        QStringLiteral("wsf"), QStringLiteral("wsh"), QStringLiteral("hta"), QStringLiteral("cpl"),
        QStringLiteral("msc"), QStringLiteral("dll"), QStringLiteral("sys"), QStringLiteral("lnk"),
        QStringLiteral("url"), QStringLiteral("scf"), QStringLiteral("reg"), QStringLiteral("inf"),
        QStringLiteral("gadget"), QStringLiteral("application"), QStringLiteral("appref-ms"),
        QStringLiteral("iso"), QStringLiteral("img"), QStringLiteral("vhd"), QStringLiteral("vhdx"),
        // Linux and Unix
        QStringLiteral("sh"), QStringLiteral("bash"), QStringLiteral("zsh"), QStringLiteral("csh"),
        QStringLiteral("ksh"), QStringLiteral("fish"), QStringLiteral("run"), QStringLiteral("bin"),
        QStringLiteral("out"), QStringLiteral("elf"), QStringLiteral("so"), QStringLiteral("appimage"),
        QStringLiteral("desktop"), QStringLiteral("deb"), QStringLiteral("rpm"), QStringLiteral("flatpakref"),
        QStringLiteral("snap"),
        // macOS
        QStringLiteral("app"), QStringLiteral("command"), QStringLiteral("tool"), QStringLiteral("pkg"),
        QStringLiteral("dmg"), QStringLiteral("workflow"), QStringLiteral("terminal"),
        // Interpreted programs
        QStringLiteral("jar"), QStringLiteral("py"), QStringLiteral("pyw"), QStringLiteral("pyc"),
        QStringLiteral("pl"), QStringLiteral("rb"), QStringLiteral("php"), QStringLiteral("lua"),
        QStringLiteral("tcl"), QStringLiteral("apk"),
    };
    return extensions;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("EvidenceOpening", text);
}

} // namespace

std::optional<QString> whyEvidenceIsNotOpened(const QString &fileName, QByteArrayView firstBytes)
{
    const QString name = text::safeFileName(fileName);
    const QString extension = QFileInfo(name).suffix().toLower();
    // Trailing dots and spaces are dropped by Windows, so "x.exe." runs as x.exe.
    QString effective = fileName;
    while (effective.endsWith(u'.') || effective.endsWith(u' '))
        effective.chop(1);
    const QString realExtension = QFileInfo(text::safeFileName(effective)).suffix().toLower();
    for (const QString &ext : {extension, realExtension}) {
        if (executableExtensions().contains(ext))
            return tr("\"%1\" is a program or script (a .%2 file); WGLL Workbench does not open programs "
                      "from an assessment. Save it with \"wgll evidence extract\" if you trust it.")
                .arg(name, ext);
    }
    const bool elf = firstBytes.startsWith(QByteArrayView("\x7f" "ELF"));
    const bool windows = firstBytes.startsWith(QByteArrayView("MZ"));
    const bool script = firstBytes.startsWith(QByteArrayView("#!"));
    if (elf || windows || script)
        return tr("\"%1\" is named like a document but its content is a %2; WGLL Workbench does not open "
                  "programs from an assessment.")
            .arg(name, script ? tr("script") : tr("program"));
    return std::nullopt;
}

QString evidenceFileLabel(const QString &fileName)
{
    const QString name = text::safeFileName(fileName);
    const QString extension = QFileInfo(name).suffix();
    return extension.isEmpty() ? tr("%1, no extension").arg(name) : tr("%1, a .%2 file").arg(name, extension);
}

} // namespace wgll
