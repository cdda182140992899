variable "key_status" {
  type        = string
  description = "Active while the partner integration is live, Inactive otherwise"
}

resource "aws_iam_access_key" "partner" {
  user   = "partner-sync"
  status = var.key_status
}
