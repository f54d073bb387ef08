using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Store.Core.Security;
using Store.Reviews.Moderation;
using Store.Reviews.Reviews;

namespace Store.Reviews.Areas.Admin.Pages.Reviews;

/// <summary><c>/admin/reviews</c>: the moderation queue (reported reviews first); approve or reject the ticked ones, with a reason for a rejection.</summary>
[RequirePermission(ReviewsPermissions.ModerateReviewsName)]
public sealed class IndexModel(ReviewQueries queries, ModerationDesk desk, IStringLocalizer<IndexModel> localizer) : PageModel
{
    [BindProperty]
    public List<int> Ids { get; set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public IReadOnlyList<ReviewView> Queue { get; private set; } = [];

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Queue = await queries.ListAsync(ReviewStatus.Pending, ModerationDesk.MaxBatch, cancellationToken);

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken)
    {
        if (Ids.Count == 0)
        {
            return await RefuseAsync(localizer["Tick the reviews to approve."], cancellationToken);
        }

        Message = localizer["{0} approved.", await desk.ApproveAsync(Ids, cancellationToken)];
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRejectAsync(CancellationToken cancellationToken)
    {
        var reason = Reason?.Trim() ?? "";
        if (Ids.Count == 0 || reason.Length is 0 or > Review.MaxReason)
        {
            return await RefuseAsync(localizer["Tick the reviews to reject and give the reason (1 to {0} characters): their authors read it.", Review.MaxReason], cancellationToken);
        }

        Message = localizer["{0} rejected.", await desk.RejectAsync(Ids, reason, cancellationToken)];
        return RedirectToPage();
    }

    private async Task<IActionResult> RefuseAsync(string error, CancellationToken cancellationToken)
    {
        Error = error;
        await OnGetAsync(cancellationToken);
        var page = Page();
        page.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }
}
