using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Store.EndToEnd.Infrastructure;

/// <summary>axe-core on the page as it stands: the serious and critical violations, one line each, for a person to act on.</summary>
public static class AxeChecks
{
    private static readonly string[] Blocking = ["serious", "critical"];

    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(this IPage page, string label)
    {
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .Select(v => $"{label}: {v.Impact} {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target?.ToString() ?? n.Html))}")
            .ToList();
    }
}
