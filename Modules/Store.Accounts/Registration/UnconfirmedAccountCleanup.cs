using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Store.Accounts.Users;
using Store.Core.Jobs;

namespace Store.Accounts.Registration;

/// <summary>
/// Deletes registrations never confirmed within <see cref="AccountsOptions.UnconfirmedAccountMaxAge"/>, on one
/// node per run. Such an account cannot sign in, so it holds no orders, addresses or sessions; deleting it
/// frees the address for its real owner. Each user goes through <see cref="UserManager{TUser}.DeleteAsync"/>,
/// whose concurrency stamp makes a confirmation landing at the same moment win: that delete fails and is skipped.
/// </summary>
internal sealed class UnconfirmedAccountCleanup(IServiceScopeFactory scopes, TimeProvider time, AccountsOptions options, ILogger<UnconfirmedAccountCleanup> logger)
    : ScheduledJob(scopes, time, logger)
{
    private const int Batch = 200;

    protected override string Name => "unconfirmed-account-cleanup";

    protected override TimeSpan Interval => options.UnconfirmedAccountCheckInterval;

    protected override async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var cutoff = Time.GetUtcNow().UtcDateTime - options.UnconfirmedAccountMaxAge;
        var users = services.GetRequiredService<UserManager<User>>();
        var due = await users.Users.Where(u => !u.EmailConfirmed && u.CreatedUtc <= cutoff)
            .OrderBy(u => u.CreatedUtc).Take(Batch).ToListAsync(cancellationToken);
        var deleted = 0;
        foreach (var user in due)
        {
            if ((await users.DeleteAsync(user)).Succeeded)
            {
                deleted++;
            }
        }

        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} registrations never confirmed since before {Cutoff:u}.", deleted, cutoff);
        }
    }
}
