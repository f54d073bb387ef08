namespace Store.Reviews.Reviews;

/// <summary>The confirmation page of a "Helpful" or "Report" click made without JavaScript (<c>Reviews/Vote.liquid</c>); <c>Kind</c> is <c>helpful</c> or <c>report</c>.</summary>
public sealed record ReviewVotePage(ReviewView Review, string Kind);
