using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;
using Store.Core.Email;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

public sealed class EmailDeliveryTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    [Fact]
    public async Task Confirmation_and_reset_emails_arrive_over_smtp_and_their_links_work()
    {
        var client = app.Browser();
        var email = Accounts.NewEmail();
        await client.SubmitAsync("/account/register", new Dictionary<string, string> { ["Email"] = email, ["DisplayName"] = "Mo Mailer", ["Password"] = Accounts.Password });

        var confirmation = await app.Smtp.WaitForAsync(email, m => m.Subject == "Confirm your email address");
        Assert.Equal("shop@test.local", confirmation.From.Mailboxes.Single().Address);
        Assert.Contains("Hello Mo Mailer", confirmation.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://shop.test/account/confirm?", confirmation.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(Accounts.LinkIn(confirmation, "/account/confirm"))).StatusCode);

        var forgot = await client.SubmitAsync("/account/password/forgot", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.OK, forgot.StatusCode);
        var reset = await app.Smtp.WaitForAsync(email, m => m.Subject == "Reset your password");
        var link = Accounts.LinkIn(reset, "/account/password/reset");
        var page = await client.GetAsync(link);
        var token = FormPost.TokenOf(await page.HtmlAsync());
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("https://x" + link).Query);
        var changed = await client.PostFormAsync("/account/password/reset",
            new Dictionary<string, string> { ["User"] = query["user"]!, ["Token"] = query["token"]!, ["Password"] = "Brand-new-pass-7" }, token);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().SignInAsync(email, "Brand-new-pass-7")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.Browser().SignInAsync(email)).StatusCode);
    }

    [Fact]
    public async Task Two_senders_racing_over_the_same_rows_send_each_message_once()
    {
        var dispatcher = app.Services.GetRequiredService<EmailDispatcher>();
        var to = Accounts.NewEmail("race");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
            var now = app.Time.GetUtcNow().UtcDateTime;
            for (var i = 0; i < 12; i++)
            {
                db.Set<OutboxMessage>().Add(new OutboxMessage { To = to, Subject = $"Race {i}", HtmlBody = "<p>x</p>", TextBody = "x", CreatedUtc = now, NextAttemptUtc = now });
            }

            await db.SaveChangesAsync();
        }

        // The background sender was woken by the save; two more senders run beside it.
        await Task.WhenAll(Task.Run(() => dispatcher.SendDueAsync(CancellationToken.None)), Task.Run(() => dispatcher.SendDueAsync(CancellationToken.None)));
        for (var i = 0; i < 12; i++)
        {
            await app.Smtp.WaitForAsync(to, m => m.Subject == $"Race {i}");
        }

        // A row is marked sent just after the server has the message: wait for the marks, then count.
        for (var i = 0; i < 12; i++)
        {
            var row = await Outbox.WaitForRowAsync(app, to, r => r.Subject == $"Race {i}" && r.SentUtc is not null, TimeSpan.Zero);
            Assert.Equal("", row.HtmlBody + row.TextBody);
        }

        Assert.Equal(12, app.Smtp.Received.Count(m => m.To.Mailboxes.Any(a => a.Address == to)));
    }
}

public sealed class EmailRetryTests(SmtpDownAppFactory app) : IClassFixture<SmtpDownAppFactory>
{
    [Fact]
    public async Task A_failed_send_is_retried_with_growing_waits_until_the_server_answers()
    {
        var email = Accounts.NewEmail("retry");
        var queuedAt = app.Time.GetUtcNow().UtcDateTime;
        await app.Browser().SubmitAsync("/account/register", new Dictionary<string, string> { ["Email"] = email, ["DisplayName"] = "Ray Retry", ["Password"] = Accounts.Password });

        var first = await Outbox.WaitForRowAsync(app, email, r => r.Attempts == 1, TimeSpan.Zero);
        Assert.Null(first.SentUtc);
        Assert.Null(first.FailedUtc);
        Assert.False(string.IsNullOrEmpty(first.LastError));
        Assert.Equal(queuedAt.AddSeconds(30), first.NextAttemptUtc);

        var second = await Outbox.WaitForRowAsync(app, email, r => r.Attempts == 2, TimeSpan.FromSeconds(10));
        // The wait doubles: one minute after the second failure, which came at or after the first retry time.
        Assert.InRange(second.NextAttemptUtc - first.NextAttemptUtc, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(80));

        app.Smtp.Start();
        var sent = await Outbox.WaitForRowAsync(app, email, r => r.SentUtc is not null, TimeSpan.FromSeconds(20));
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LeaseToken);
        await app.Smtp.WaitForAsync(email);
    }
}

public sealed class EmailGiveUpTests(SmtpGoneAppFactory app) : IClassFixture<SmtpGoneAppFactory>
{
    [Fact]
    public async Task After_the_last_attempt_the_message_is_kept_as_failed_and_not_tried_again()
    {
        var email = Accounts.NewEmail("gone");
        await app.Browser().SubmitAsync("/account/register", new Dictionary<string, string> { ["Email"] = email, ["DisplayName"] = "Gil Gone", ["Password"] = Accounts.Password });

        var row = await Outbox.WaitForRowAsync(app, email, r => r.FailedUtc is not null, TimeSpan.Zero);

        Assert.Equal(1, row.Attempts);
        Assert.Null(row.SentUtc);
        Assert.Equal(0, await app.Services.GetRequiredService<EmailDispatcher>().SendDueAsync(CancellationToken.None));
    }

    [Fact]
    public void Backoff_doubles_from_30_seconds_up_to_one_hour()
    {
        var dispatcher = app.Services.GetRequiredService<EmailDispatcher>();

        Assert.Equal(TimeSpan.FromSeconds(30), dispatcher.Backoff(1));
        Assert.Equal(TimeSpan.FromSeconds(60), dispatcher.Backoff(2));
        Assert.Equal(TimeSpan.FromMinutes(16), dispatcher.Backoff(6));
        Assert.Equal(TimeSpan.FromHours(1), dispatcher.Backoff(9));
        Assert.Equal(TimeSpan.FromHours(1), dispatcher.Backoff(40));
    }
}

internal static class Outbox
{
    /// <summary>Waits for the outbox row to <paramref name="to"/> to meet a condition, moving the shop's clock by <paramref name="step"/> while it waits.</summary>
    public static async Task<OutboxMessage> WaitForRowAsync(StoreAppFactory app, string to, Func<OutboxMessage, bool> condition, TimeSpan step)
    {
        return await Eventually.ValueAsync(
            async () =>
            {
                await using var scope = app.Services.CreateAsyncScope();
                var rows = await scope.ServiceProvider.GetRequiredService<StoreDbContext>().Set<OutboxMessage>().AsNoTracking().Where(m => m.To == to).ToListAsync();
                return rows.FirstOrDefault(condition);
            },
            $"The outbox row to {to} never met the condition.",
            TimeSpan.FromSeconds(20),
            () =>
            {
                if (step > TimeSpan.Zero)
                {
                    app.Time.Advance(step);
                }
            });
    }
}
