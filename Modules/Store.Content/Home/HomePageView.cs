namespace Store.Content.Home;

/// <summary>The home page: its visible sections in order; none set up shows the theme's welcome instead.</summary>
public sealed record HomePageView(IReadOnlyList<HomeSectionView> Sections);
