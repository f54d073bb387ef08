namespace Store.Content.Seo;

/// <summary>The shop's files for search engines: one row, written by the admin's SEO page (none: the defaults).</summary>
public sealed class SeoSettings
{
    public const int SingletonId = 1;
    public const int RobotsMaxLength = 10_000;

    /// <summary>What robots.txt says before its sitemap line, which the shop adds itself.</summary>
    public const string DefaultRobots = "User-agent: *\nDisallow: /admin\nDisallow: /account\nDisallow: /cart\nDisallow: /checkout\nDisallow: /api/";

    public int Id { get; set; } = SingletonId;

    public string RobotsTxt { get; set; } = DefaultRobots;

    public DateTime UpdatedUtc { get; set; }
}
