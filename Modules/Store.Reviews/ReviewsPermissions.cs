using Store.Core.Security;

namespace Store.Reviews;

public static class ReviewsPermissions
{
    public const string ModerateReviewsName = "Reviews.ModerateReviews";

    /// <summary>The moderation queue: approve or reject shoppers' reviews, reported ones included.</summary>
    public static readonly Permission ModerateReviews = new(ModerateReviewsName, "Approve and reject product reviews")
    {
        DefaultRoles = [StoreRoles.Administrator, StoreRoles.Merchandiser],
    };

    public static IReadOnlyList<Permission> All { get; } = [ModerateReviews];
}
