using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

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

        // The clock stops one sender poll (15 s) past the retry time: the second failure comes within that poll however
        // slowly this machine runs, and the wait after it doubles to one minute.
        var poll = TimeSpan.FromSeconds(15);
        var second = await Outbox.WaitForRowAsync(app, email, r => r.Attempts == 2, TimeSpan.FromSeconds(5), first.NextAttemptUtc + poll);
        Assert.InRange(second.NextAttemptUtc - first.NextAttemptUtc, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(60) + poll);

        app.Smtp.Start();
        var sent = await Outbox.WaitForRowAsync(app, email, r => r.SentUtc is not null, TimeSpan.FromSeconds(20));
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LeaseToken);
        await app.Smtp.WaitForAsync(email);
    }
}
