using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Store.Tests.Infrastructure;

namespace Store.Tests.Accounts;

/// <summary>
/// The time of a failed sign-in must not tell whether the email has an account, or a locked one. Each
/// kind of try is timed many times, interleaved so that load on the machine hits all kinds alike, and
/// the test fails when the medians differ by more than the noise: half the spread (interquartile range)
/// or a tenth of the typical time, whichever is larger. Before dummy hashing, an unknown email answered
/// in a twentieth of the time of a wrong password, far outside that.
/// </summary>
public sealed class SignInTimingTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    private const int Rounds = 25;

    [Fact]
    public async Task The_sign_in_page_takes_as_long_for_unknown_and_locked_accounts_as_for_a_wrong_password()
    {
        var client = app.Browser();
        var token = FormPost.TokenOf(await (await client.GetAsync("/account/login")).HtmlAsync());
        var times = await MeasureAsync(email => client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Email"] = email, ["Password"] = "Wrong-pass-123" }, token));

        AssertIndistinguishable(times);
    }

    [Fact]
    public async Task The_token_endpoint_takes_as_long_for_unknown_and_locked_accounts_as_for_a_wrong_password()
    {
        var client = app.CreateClient();
        var times = await MeasureAsync(email => client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Wrong-pass-123" }));

        AssertIndistinguishable(times);
    }

    private async Task<Dictionary<string, List<double>>> MeasureAsync(Func<string, Task<HttpResponseMessage>> tryOnce)
    {
        var known = Accounts.NewEmail("known");
        var locked = Accounts.NewEmail("locked");
        await app.CreateCustomerAsync(known);
        await app.CreateCustomerAsync(locked);
        await app.WithUsersAsync(async users => await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(locked))!, DateTimeOffset.MaxValue));
        var kinds = new Dictionary<string, Func<string>>
        {
            ["unknown email"] = () => Accounts.NewEmail("nobody"),
            ["wrong password"] = () => known,
            ["locked account"] = () => locked,
        };
        var times = kinds.Keys.ToDictionary(k => k, _ => new List<double>());
        var order = kinds.Keys.ToArray();
        for (var round = -3; round < Rounds; round++)
        {
            Random.Shared.Shuffle(order);
            foreach (var kind in order)
            {
                var email = kinds[kind]();
                var watch = Stopwatch.StartNew();
                var response = await tryOnce(email);
                watch.Stop();
                Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"{kind}: {(int)response.StatusCode}");
                // Three rounds of warm-up (JIT, the dummy hash made once) are not counted.
                if (round >= 0)
                {
                    times[kind].Add(watch.Elapsed.TotalMilliseconds);
                }

                // Keep the known account below the lockout, untimed: the lockout is the third kind.
                await app.WithUsersAsync(async users => await users.ResetAccessFailedCountAsync((await users.FindByEmailAsync(known))!));
            }
        }

        return times;
    }

    private static void AssertIndistinguishable(Dictionary<string, List<double>> times)
    {
        var all = times.Values.SelectMany(t => t).ToList();
        var tolerance = Math.Max(0.5 * times.Values.Max(Iqr), 0.1 * Median(all));
        var reference = Median(times["wrong password"]);
        var report = string.Join("; ", times.Select(t => $"{t.Key}: median {Median(t.Value):0.0} ms, IQR {Iqr(t.Value):0.0} ms"));
        foreach (var (kind, samples) in times)
        {
            Assert.True(Math.Abs(Median(samples) - reference) <= tolerance, $"'{kind}' can be told from 'wrong password' (tolerance {tolerance:0.0} ms): {report}");
        }
    }

    private static double Median(List<double> samples) => Quantile(samples, 0.5);

    private static double Iqr(List<double> samples) => Quantile(samples, 0.75) - Quantile(samples, 0.25);

    private static double Quantile(List<double> samples, double q)
    {
        var sorted = samples.Order().ToArray();
        var position = q * (sorted.Length - 1);
        var low = (int)Math.Floor(position);
        var high = (int)Math.Ceiling(position);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }
}
