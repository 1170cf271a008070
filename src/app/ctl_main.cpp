// cunzhan-ctl composition root.
#include "cli/ctl.h"

#include <QCoreApplication>

#include <iostream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);  // QtCore facilities (time zones, argument parsing)
    std::vector<std::string> args(argv, argv + argc);
    return cz::cli::run(args, std::cin, std::cout, std::cerr);
}
