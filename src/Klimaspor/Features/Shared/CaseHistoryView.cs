namespace Klimaspor.Features;

/// <summary>One step of a case's history (waiver or deviation), oldest first.</summary>
public sealed record CaseHistoryView(DateTime At, string Actor, string Action, string? Detail);
