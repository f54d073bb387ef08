using Microsoft.AspNetCore.Mvc.RazorPages;
using Store.Core.Admin;
using Store.Core.Sites;

namespace Store.Core.Areas.Admin.Pages;

/// <summary>The admin home: the modules' panels the user may see (the sales dashboard), then a card for every section they may open.</summary>
public sealed class DashboardModel(AdminMenu menu, SiteState site) : PageModel
{
    public string SiteName { get; private set; } = "Store";

    public IReadOnlyList<AdminMenuItem> Sections { get; private set; } = [];

    public IReadOnlyList<AdminDashboardPanel> Panels { get; private set; } = [];

    public async Task OnGetAsync()
    {
        SiteName = (await site.GetAsync(HttpContext.RequestAborted))?.Name ?? SiteName;
        Sections = (await menu.ForUserAsync(User)).Where(i => i.Url != "/admin").ToList();
        Panels = await menu.PanelsForUserAsync(User);
    }
}
