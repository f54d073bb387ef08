using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Core.Data;

namespace Store.Content.Seo;

/// <summary>Adds and removes redirects; refuses what would break the shop: reserved paths, other schemes, loops.</summary>
public sealed class RedirectEditor(StoreDbContext db, TimeProvider time, RedirectTable table, IStringLocalizer<RedirectEditor> localizer)
{
    private const int MaxHops = 20;

    public async Task<EditResult<UrlRedirect>> AddAsync(RedirectInput input, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var from = (input.FromPath ?? string.Empty).Trim();
        var to = (input.ToPath ?? string.Empty).Trim();
        string? fromPath = null;
        if (from.Length == 0)
        {
            errors[nameof(RedirectInput.FromPath)] = localizer["Enter the old address, a path such as /old-page."];
        }
        else if (from.Length > UrlRedirect.PathMaxLength || !from.StartsWith('/') || from.StartsWith("//", StringComparison.Ordinal)
            || from.IndexOfAny(['?', '#', '\\']) >= 0 || from.Any(char.IsWhiteSpace) || from.Any(char.IsControl))
        {
            errors[nameof(RedirectInput.FromPath)] = localizer["The old address must be a path of this shop starting with /, without spaces, ? or # (at most {0} characters).", UrlRedirect.PathMaxLength];
        }
        else
        {
            fromPath = RedirectPaths.Normalize(Uri.UnescapeDataString(from));
            if (fromPath == "/" || RedirectPaths.IsReserved(fromPath))
            {
                errors[nameof(RedirectInput.FromPath)] = localizer["{0} cannot be redirected: the shop needs it.", fromPath];
            }
        }

        if (to.Length == 0)
        {
            errors[nameof(RedirectInput.ToPath)] = localizer["Enter the new address."];
        }
        else if (to.Length > UrlRedirect.PathMaxLength || to.Any(char.IsWhiteSpace) || to.Any(char.IsControl) || !IsTarget(to))
        {
            errors[nameof(RedirectInput.ToPath)] = localizer["The new address must be a path of this shop starting with / or an http(s):// address, without spaces (at most {0} characters).", UrlRedirect.PathMaxLength];
        }

        if (input.StatusCode is not (301 or 302))
        {
            errors[nameof(RedirectInput.StatusCode)] = localizer["Choose 301 (moved for good) or 302 (for now)."];
        }

        if (errors.Count > 0 || fromPath is null)
        {
            return EditResult.Invalid<UrlRedirect>(errors);
        }

        var existing = await db.Set<UrlRedirect>().AsNoTracking().Select(r => new { r.FromPath, r.ToPath }).ToListAsync(cancellationToken);
        if (existing.Any(r => RedirectPaths.Comparer.Equals(r.FromPath, fromPath)))
        {
            return Invalid(nameof(RedirectInput.FromPath), localizer["{0} already redirects; delete that redirect first.", fromPath]);
        }

        var next = existing.ToDictionary(r => r.FromPath, r => r.ToPath, RedirectPaths.Comparer);
        next[fromPath] = to;
        if (LoopFrom(fromPath, next) is { } loop)
        {
            return Invalid(nameof(RedirectInput.ToPath), localizer["This would send visitors round in a loop: {0}.", string.Join(" → ", loop)]);
        }

        var redirect = new UrlRedirect { FromPath = fromPath, ToPath = to, StatusCode = input.StatusCode, CreatedUtc = time.GetUtcNow().UtcDateTime };
        db.Add(redirect);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another save took the same old address between our check and our insert.
            db.ChangeTracker.Clear();
            return Invalid(nameof(RedirectInput.FromPath), localizer["{0} already redirects; delete that redirect first.", fromPath]);
        }

        Changed();
        return EditResult.Saved(redirect);
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var deleted = await db.Set<UrlRedirect>().Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
        if (deleted)
        {
            Changed();
        }

        return deleted;
    }

    private static bool IsTarget(string to) =>
        to.StartsWith('/')
            ? !to.StartsWith("//", StringComparison.Ordinal) && !to.Contains('\\', StringComparison.Ordinal)
            : Uri.TryCreate(to, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0;

    // Follows the chain from the new redirect; coming back to an address already passed is a loop.
    private static List<string>? LoopFrom(string start, Dictionary<string, string> table)
    {
        var passed = new List<string> { start };
        var current = start;
        for (var hop = 0; hop < MaxHops && table.TryGetValue(current, out var target); hop++)
        {
            if (RedirectPaths.LocalPathOf(target) is not { } next)
            {
                return null;
            }

            passed.Add(next);
            if (passed.Take(passed.Count - 1).Contains(next, RedirectPaths.Comparer))
            {
                return passed;
            }

            current = next;
        }

        return passed.Count > MaxHops ? passed : null;
    }

    private static EditResult<UrlRedirect> Invalid(string field, string message) => EditResult.Invalid<UrlRedirect>(field, message);

    private void Changed() => table.Changed();
}
