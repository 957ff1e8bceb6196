// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "framework/framework.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace wgll {

QString frameworkAttributionText(const Framework *framework)
{
    QString text = QStringLiteral(
        "The What Good Looks Like framework text is Crown copyright, published by the NHSX Transformation "
        "Directorate. Contains public sector information licensed under the Open Government Licence v3.0.");
    if (framework && !framework->source.isEmpty())
        text += u"\nSource: " + framework->source;
    return text;
}

void showAboutDialog(QWidget *parent, const Framework *framework)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("aboutDialog"));
    box.setWindowTitle(QObject::tr("About WGLL Workbench"));
    box.setIcon(QMessageBox::Information);
    // Plain text only: the attribution may come from a user-supplied framework file.
    box.setTextFormat(Qt::PlainText);
    box.setText(QObject::tr("WGLL Workbench %1").arg(QCoreApplication::applicationVersion()));
    box.setInformativeText(
        QObject::tr("An offline workbench for assessing digital maturity against the NHS "
                    "“What Good Looks Like” framework.\n\n"
                    "This program is free software under the GNU General Public License, version 3 or later.\n\n") +
        frameworkAttributionText(framework));
    box.exec();
}

} // namespace wgll
