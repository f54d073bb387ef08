using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Content.Seo;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Content.Areas.Admin.Pages.Content;

/// <summary><c>/admin/content/seo</c>: robots.txt, and where the sitemap is.</summary>
[RequirePermission(ContentPermissions.ManageContentName)]
public sealed class SeoModel(StoreDbContext db, ContentCache cache, TimeProvider time, IStringLocalizer<SeoModel> localizer) : PageModel
{
    public string Robots { get; private set; } = SeoSettings.DefaultRobots;

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Robots = await db.Set<SeoSettings>().AsNoTracking().Where(s => s.Id == SeoSettings.SingletonId).Select(s => s.RobotsTxt).FirstOrDefaultAsync(cancellationToken) ?? SeoSettings.DefaultRobots;

    public async Task<IActionResult> OnPostAsync(string? robots, CancellationToken cancellationToken)
    {
        var text = (robots ?? string.Empty).ReplaceLineEndings("\n").Trim();
        Error = text.Length > SeoSettings.RobotsMaxLength
            ? localizer["robots.txt must be at most {0:N0} characters.", SeoSettings.RobotsMaxLength].Value
            : text.Any(c => char.IsControl(c) && c is not ('\n' or '\t')) ? localizer["robots.txt must be plain text."].Value : null;
        if (Error is not null)
        {
            Robots = robots ?? string.Empty;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var settings = await db.Set<SeoSettings>().FirstOrDefaultAsync(s => s.Id == SeoSettings.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = new SeoSettings();
            db.Add(settings);
        }

        settings.RobotsTxt = text;
        settings.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await cache.ChangedAsync(cancellationToken);
        Message = localizer["Saved robots.txt."];
        return RedirectToPage();
    }
}
