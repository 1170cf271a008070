#pragma once
// The X/Z report and CSV wording in the UI language (context cz::gui::ReportText).

#include "services/reports/report_figures.h"
#include "services/reports/report_texts.h"

#include <QString>

namespace cz::gui {

ReportTexts reportTexts();
/// 代购, 代卖, 代缴, assisted services … as the reports page shows them.
QString jobText(Job job);
/// An order state as the reports page shows it ("pending" → "待平台接单").
QString orderStateText(const std::string& state);

}  // namespace cz::gui
