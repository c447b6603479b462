// no statement

// errors
[
  {
    "message": "first must be an integer from 1 to 100 (got 5000).",
    "code": "BAD_USER_INPUT"
  }
]
