#include <catch2/catch.hpp>

#include "engine/problem_log.h"

using namespace engage;

TEST_CASE("problems beyond the limit are counted and summarised, not lost", "[problem_log]") {
    ProblemLog log(3);
    for (long row = 2; row < 12; ++row)
        log.add({row, "Likes", {"\"x\" is not a number", "„x“ ist keine Zahl"}});
    log.add({20, "Klicks", {"\"y\" is not a number", "„y“ ist keine Zahl"}});
    CHECK(log.total() == 11);

    const Problems problems = log.take();
    REQUIRE(problems.size() == 5); // three kept, one summary per column and kind
    CHECK(problems[0].row == 2);
    CHECK(problems[2].row == 4);
    const auto summary = [&](const std::string& column) {
        for (const Problem& problem : problems)
            if (problem.row == 0 && problem.column == column)
                return problem;
        FAIL("no summary for " << column);
        return Problem{};
    };
    CHECK(summary("Likes").message.en.find("7 more problems") == 0);
    CHECK(summary("Likes").message.de.find("7 weitere Probleme") == 0);
    CHECK(summary("Klicks").message.en.find("1 more problem like this one from row") == 0);
    CHECK(summary("Klicks").message.de.find("1 weiteres Problem wie dieses") == 0);
}

TEST_CASE("kept problems are sorted by row", "[problem_log]") {
    ProblemLog log;
    log.add({9, "", {"b", "b"}});
    log.add({0, "", {"a", "a"}});
    log.add({3, "", {"c", "c"}});
    const Problems problems = log.take();
    CHECK(problems[0].row == 0);
    CHECK(problems[1].row == 3);
    CHECK(problems[2].row == 9);
}
