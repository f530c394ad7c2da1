package dev.colony.cli;

import dev.colony.client.ColonyApiException;
import dev.colony.client.ColonyClientException;
import dev.colony.gfs.fs.FsException;
import dev.colony.protocol.api.FsErrorType;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns failures into one line on stderr and an exit code, in one place: bad usage 2 (with a hint
 * to the command's help; also what the coordinator calls malformed, HTTP 400, such as a program that
 * does not compile, as {@code colony local run} does), the coordinator refused 1, no coordinator or
 * no token 4. The file system's refusals read {@code colony: no-such-file: …}, an invalid path being bad usage.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) throws Exception {
    int code;
    String message = e.getMessage();
    if (e instanceof CliFailure failure) {
      code = failure.exitCode();
    } else if (e instanceof FsException refusal) {
      FsErrorType type = FsErrorType.valueOf(refusal.error().name());
      code = type.status() == 400 ? CliFailure.USAGE : CliFailure.REFUSED;
      message = type.type() + ": " + message;
    } else if (e instanceof ColonyApiException refusal) {
      code = refusal.status() == 400 ? CliFailure.USAGE : CliFailure.REFUSED;
      if (refusal.status() == 401) {
        message = "the coordinator refused the admin token: pass the one in its data directory's admin.token "
            + "(--token, $COLONY_TOKEN or --data DIR)";
      }
    } else if (e instanceof ColonyClientException) {
      code = CliFailure.UNREACHABLE;
    } else {
      throw e;
    }
    command.getErr().println("colony: " + message);
    command.getErr().flush();
    return code;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("colony: " + e.getMessage());
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return command.getCommandSpec().exitCodeOnInvalidInput();
  }
}
