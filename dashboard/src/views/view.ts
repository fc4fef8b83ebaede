/** A view renders from the route's parameters; it may throw an ApiError, shown as a clear message. */
export type Params = URLSearchParams;
export type View = (params: Params, ...path: string[]) => Promise<HTMLElement>;
