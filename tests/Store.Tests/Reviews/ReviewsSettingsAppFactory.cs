using Store.Tests.Orders;

namespace Store.Tests.Reviews;

/// <summary>A shop that publishes reviews without moderation and invites customers 3 days after delivery.</summary>
public sealed class ReviewsSettingsAppFactory : ShopAppFactory
{
    public ReviewsSettingsAppFactory()
    {
        Setting("Reviews:RequireApproval", "false");
        Setting("Reviews:InvitationDays", "3");
    }
}
