META
key;value
description;zero-cost projects (a random instance, kept for its pabutools outcomes)
num_projects;6
num_votes;2
budget;75
vote_type;scoring
min_project_score_threshold;3
PROJECTS
project_id;cost;votes;name
6;10;1;project 6
5;10;2;project 5
3;80;1;project 3
10;3;1;project 10
1;0;1;project 1
9;0;1;project 9
VOTES
voter_id;vote;points
1;10,6,3,1,9,5;0,2,1,3,2,2
2;5;0
