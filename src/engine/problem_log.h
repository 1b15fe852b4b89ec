// ProblemLog: collects problems without letting a bad 10-million-row file exhaust memory.
//
// Contract:
// - The first `limit` problems are kept as they are. Later ones are counted per message kind
//   (the English text up to its first quote or digit is the kind), and `take()` appends one
//   summary problem per kind: "… and 12,345 more like this". Nothing is lost without a trace.
#pragma once

#include <map>
#include <string>

#include "engine/problem.h"

namespace engage {

class ProblemLog {
public:
    explicit ProblemLog(std::size_t limit = 2000) : limit_(limit) {}

    void add(Problem problem);
    void add_all(const Problems& problems) {
        for (const Problem& problem : problems)
            add(problem);
    }
    long total() const { return total_; }
    // The kept problems sorted by row, then the summaries of those that were not kept.
    Problems take();

private:
    std::size_t limit_;
    long total_ = 0;
    Problems kept_;
    std::map<std::string, std::pair<long, Problem>> more_;
};

} // namespace engage
