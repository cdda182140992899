/** The repository a run is about, as the REST API's path parameters name it. */
export interface RepoRef {
  owner: string
  repo: string
}
