using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Email;
using Store.Reviews.Invitations;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Reviews;

/// <summary>Moderation turned off, and the invitation to review: sent once, days after delivery, for delivered orders only.</summary>
public sealed class ReviewSettingsTests(ReviewsSettingsAppFactory app) : IClassFixture<ReviewsSettingsAppFactory>
{
    private const string Subject = "How do you like your order";

    [Fact]
    public async Task Without_moderation_a_review_shows_at_once_and_a_report_still_sends_it_to_the_queue()
    {
        var product = (await app.ProductsAsync("Unmoderated Pan"))[0];
        var (buyer, other) = (await app.BuyerAsync([product.Id]), await app.BuyerAsync([product.Id]));

        var review = await (await buyer.Api.ReviewAsync(product.Slug, 2, "Sticks")).OkJsonAsync(HttpStatusCode.Created);

        Assert.Equal("Approved", review.GetProperty("status").GetString());
        Assert.Equal(["Sticks"], (await app.CreateClient().ShownAsync(product.Slug)).Titles);
        await other.Api.PostAsync($"/api/v1/reviews/{review.GetProperty("id").GetInt32()}/report", null);
        Assert.Equal(0, (await app.CreateClient().ShownAsync(product.Slug)).Count);
    }

    [Fact]
    public async Task The_invitation_is_emailed_once_days_after_delivery_and_never_for_an_undelivered_order()
    {
        var products = await app.ProductsAsync("Invited Chair", "Invited Stool");
        var delivered = await app.BuyerAsync(products.Select(p => p.Id).ToList());
        var undelivered = await app.BuyerAsync([products[0].Id], deliver: false);
        var job = app.Services.GetRequiredService<ReviewInvitationJob>();

        // Two days after delivery: too early.
        app.Time.Advance(TimeSpan.FromDays(2));
        await job.RunOnceAsync(CancellationToken.None);
        Assert.Equal(0, await InvitationsAsync(delivered.Email));

        app.Time.Advance(TimeSpan.FromDays(2));
        await Task.WhenAll(job.RunOnceAsync(CancellationToken.None), job.RunOnceAsync(CancellationToken.None));
        await job.RunOnceAsync(CancellationToken.None);

        var mail = await app.MailToAsync(delivered.Email, Subject);
        Assert.Contains(delivered.OrderNumber, mail.Subject, StringComparison.Ordinal);
        foreach (var product in products)
        {
            Assert.Contains($"/products/{product.Slug}/review", mail.HtmlBody, StringComparison.Ordinal);
        }

        Assert.Equal(1, await InvitationsAsync(delivered.Email));
        Assert.Equal(0, await InvitationsAsync(undelivered.Email));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ReviewInvitation>().CountAsync()));
    }

    // Counted in the outbox, where the job writes them: the sender delivers them later.
    private Task<int> InvitationsAsync(string email)
    {
        var mailbox = email.ToLowerInvariant();
        return app.WithDbAsync(db => db.Set<OutboxMessage>().CountAsync(m => m.To == mailbox && m.Subject.Contains(Subject)));
    }
}
