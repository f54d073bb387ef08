using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;

namespace Store.Core.Sites;

/// <summary>
/// The site row, read once and kept: it only changes at setup. Until setup has run, every call asks the
/// database again, so a node sees a setup done by another node.
/// </summary>
public sealed class SiteState(IServiceScopeFactory scopes)
{
    private volatile Site? _site;

    public bool IsSetUp => _site is not null;

    public async Task<Site?> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_site is not null)
        {
            return _site;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
        _site = await db.Set<Site>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == Site.SingletonId, cancellationToken);
        return _site;
    }

    internal void Forget() => _site = null;
}
