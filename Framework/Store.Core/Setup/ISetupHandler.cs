namespace Store.Core.Setup;

/// <summary>
/// A module's part of first-run setup (Accounts creates the roles and the administrator). Runs inside
/// the setup transaction, before the recipe; throws <see cref="SetupException"/> on a bad value.
/// </summary>
public interface ISetupHandler
{
    Task SetupAsync(SetupRequest request, CancellationToken cancellationToken);
}
