variable "assets_acl" {
  description = "Canned ACL of the public assets bucket"
  type        = string
  default     = "public-read"
}
