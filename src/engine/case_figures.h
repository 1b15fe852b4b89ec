// Case figures: the computed numbers of the seminar's example cases that no table column gives,
// such as the share of submitted ideas a company put into practice.
//
// Contract:
// - Each function returns a Kpi (kpi.h): the value when it is defined, else the reason; the
//   formula with the given numbers filled in, in English and German.
// - Inputs are counts; negative counts, a zero denominator or more implemented ideas than
//   submitted ones give an undefined figure with a reason, never NaN or infinity.
// - `details` names the figures behind the value ("one_in": one idea in how many was used).
#pragma once

#include "engine/kpi.h"

namespace engage {

// implemented / submitted × 100, in %: the share of ideas that became products or changes
// (My Starbucks Idea: 277 of 150,000). Dimension: transaction, the idea platform's final goal.
Kpi implementation_rate(double ideas_submitted, double ideas_implemented);

// votes / ideas: how many votes the average idea received (2,000,000 / 150,000).
// Dimension: interaction. Unit "ratio".
Kpi votes_per_idea(double votes, double ideas_submitted);

} // namespace engage
