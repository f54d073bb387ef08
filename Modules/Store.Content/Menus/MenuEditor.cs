using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Core.Data;

namespace Store.Content.Menus;

/// <summary>Replaces a whole menu at once (the admin's form and the recipe both send every link, in order).</summary>
public sealed class MenuEditor(StoreDbContext db, ContentCache cache, IStringLocalizer<MenuEditor> localizer)
{
    public async Task<EditResult<IReadOnlyList<MenuLink>>> SaveAsync(string menu, IReadOnlyList<MenuLink> links, CancellationToken cancellationToken)
    {
        if (!MenuNames.All.Contains(menu))
        {
            return EditResult.Missing<IReadOnlyList<MenuLink>>();
        }

        var cleaned = links.Select(l => new MenuLink(l.Label.Trim(), l.Url.Trim())).Where(l => l.Label.Length > 0 || l.Url.Length > 0).ToList();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (cleaned.Count > MenuItem.MaxPerMenu)
        {
            errors[""] = localizer["A menu holds at most {0} links.", MenuItem.MaxPerMenu];
        }

        for (var i = 0; i < cleaned.Count; i++)
        {
            var (label, url) = (cleaned[i].Label, cleaned[i].Url);
            if (label.Length is 0 or > MenuItem.LabelMaxLength)
            {
                errors[$"Links[{i}].Label"] = localizer["Enter a label of at most {0} characters.", MenuItem.LabelMaxLength];
            }

            if (!IsAllowedUrl(url))
            {
                errors[$"Links[{i}].Url"] = localizer["Enter an address of this shop starting with / (for example /pages/about), or an https:// or mailto: address."];
            }
        }

        if (errors.Count > 0)
        {
            return EditResult.Invalid<IReadOnlyList<MenuLink>>(errors);
        }

        await db.InTransactionAsync(async () =>
        {
            await db.Set<MenuItem>().Where(m => m.Menu == menu).ExecuteDeleteAsync(cancellationToken);
            db.AddRange(cleaned.Select((l, i) => new MenuItem { Menu = menu, Label = l.Label, Url = l.Url, Position = i }));
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        return EditResult.Saved<IReadOnlyList<MenuLink>>(cleaned);
    }

    /// <summary>The menus for the layout, each in position order.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<MenuLink>>> LoadAsync(StoreDbContext db, CancellationToken cancellationToken)
    {
        var items = await db.Set<MenuItem>().AsNoTracking().OrderBy(m => m.Position).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        return MenuNames.All.ToDictionary(n => n, n => (IReadOnlyList<MenuLink>)items.Where(i => i.Menu == n).Select(i => new MenuLink(i.Label, i.Url)).ToList());
    }

    // Site paths ("/pages/faq", never "//other.host"), https links and mailto: only; never javascript:.
    internal static bool IsAllowedUrl(string url) =>
        url.Length is > 0 and <= MenuItem.UrlMaxLength
        && ((url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal))
            || (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeMailto)));
}
