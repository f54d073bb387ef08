namespace Store.Core.Hosting;

/// <summary>The model of the theme's error pages: a status and a sentence, never a stack trace.</summary>
public sealed record ErrorPage(int Status, string Title, string Message);
