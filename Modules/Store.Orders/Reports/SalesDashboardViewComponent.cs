using Microsoft.AspNetCore.Mvc;

namespace Store.Orders.Reports;

/// <summary>The last 30 days' figures on the admin's landing page, for those who may manage orders.</summary>
public sealed class SalesDashboardViewComponent(SalesReports sales) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var (from, to, _) = sales.Range(null, null);
        return View("/Areas/Admin/Pages/Reports/_SalesReport.cshtml", await sales.BuildAsync(from, to, HttpContext.RequestAborted));
    }
}
