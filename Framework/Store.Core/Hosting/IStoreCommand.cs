namespace Store.Core.Hosting;

/// <summary>
/// A command-line verb a module adds to the host (<c>dotnet run --project Store.Web -- NAME ARGS</c>): it runs
/// instead of the shop, before migrations, and its result is the process's exit code.
/// </summary>
public interface IStoreCommand
{
    /// <summary>The first argument that selects the command, e.g. <c>translations</c>.</summary>
    string Name { get; }

    /// <summary>Runs with the arguments after the name; returns the exit code (0 for success).</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken);
}
